// NumPy .npy arrays: encoding (format 1.0, or 2.0 when the header exceeds 64 KiB) and decoding
// (formats 1.0, 2.0 and 3.0). The reference stores layer statistics as .npz (a zip of .npy members,
// see core/formats/npz.h), and `editscope-cli logits --out x.npy` writes logits in this format.
//
// NpyArray is a plain value: a normalised dtype string, a C-order shape and the little-endian,
// C-order payload. Decoding converts big-endian ('>') payloads to little-endian and Fortran-order
// payloads to C order, so every consumer sees one layout. Every malformed input is an InputError
// naming the file (and the .npz member) and the reason. Torch-free; thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace editscope {

// Supported dtypes, as numpy's normalised descr: "<f2" "<f4" "<f8" "|i1" "<i2" "<i4" "<i8" "|u1" "<u2"
// "<u4" "<u8" "|b1" and "<U{n}" (n UCS-4 code units per item, NUL-padded; n >= 1).
struct NpyArray {
    std::string descr;             // normalised as above
    std::vector<int64_t> shape;    // C order; {} for a 0-d array (one element)
    std::vector<std::byte> data;   // elementCount() * itemSize() bytes, little-endian, C order
    std::string nameForErrors;     // where it came from ("stats.npz: mom2.count.npy"); may be empty

    int64_t elementCount() const;   // product of shape (1 for 0-d)
    std::size_t itemSize() const;   // bytes per element (4n for "<U{n}")
    bool isScalar() const { return shape.empty(); }
    char kind() const;              // 'f', 'i', 'u', 'b' or 'U'

    // Numeric copies, any numeric or bool descr (bool -> 0/1); InputError for '<U' arrays.
    std::vector<double> toDoubles() const;
    std::vector<float> toFloats() const;
    // The single element of a one-element integer or bool array (numpy saves a Python int as 0-d
    // int64); InputError for floats, strings, more elements, or a uint64 above INT64_MAX.
    int64_t scalarInt64() const;
    // The single element of a one-element '<U' array as UTF-8, trailing NULs removed (numpy semantics).
    std::string scalarString() const;

    // Factories. Shapes must be non-negative and match the buffer; InputError otherwise.
    static NpyArray fromFloats(std::span<const float> values, std::vector<int64_t> shape);
    static NpyArray fromDoubles(std::span<const double> values, std::vector<int64_t> shape);
    static NpyArray fromInt64s(std::span<const int64_t> values, std::vector<int64_t> shape);
    static NpyArray int64Scalar(int64_t value);
    // A 0-d '<U{n}' array holding a UTF-8 string (n = max(1, code points), as numpy does).
    static NpyArray stringScalar(std::string_view utf8);
    // Any supported descr (normalised on the way in: "<i1" -> "|i1", "=f4" -> "<f4") and raw
    // little-endian C-order bytes.
    static NpyArray fromRaw(std::string_view descr, std::vector<int64_t> shape, std::span<const std::byte> bytes);
};

// Throws InputError(file, field, reason) unless descr is supported, the shape non-negative (no
// overflow) and data.size() == elementCount() * itemSize().
void validateNpyArray(const NpyArray& array, const std::string& file, const std::string& field);

// Decodes a whole .npy file image. Errors are InputError(nameForErrors, fieldForErrors, reason);
// the bytes must be exactly the header plus elementCount * itemSize payload bytes.
// fortran_order True is accepted and transposed into C order; '>' descrs are byte-swapped.
// Object arrays ('|O', pickled) and structured dtypes are rejected.
NpyArray decodeNpy(std::span<const std::byte> bytes, const std::string& nameForErrors,
                   const std::string& fieldForErrors = "");
// readWholeFile + decodeNpy.
NpyArray readNpyFile(const std::string& path);

// Serialises a little-endian C-order array; descr is a NumPy dtype string such as "<f4" or "<f8".
// Format 1.0 with the header padded by spaces to a multiple of 64 bytes ending in '\n' (numpy's
// layout), or 2.0 when the header does not fit a 16-bit length. Does not validate its input.
std::vector<std::byte> encodeNpy(const std::string& descr, const std::vector<int64_t>& shape,
                                 const void* data, size_t nbytes);
// Validates (InputError(nameForErrors, "", ...)) and encodes, with the descr normalised.
std::vector<std::byte> encodeNpy(const NpyArray& array, const std::string& nameForErrors = "");
// The same preamble + header without the payload (which is array.data, unchanged): lets the npz
// writer stream a large payload without an intermediate copy.
std::vector<std::byte> encodeNpyHeader(const NpyArray& array, const std::string& nameForErrors = "");
// Writes atomically (temp file + rename); errors name the file and the OS reason.
void writeNpyFile(const std::string& path, const std::string& descr, const std::vector<int64_t>& shape,
                  const void* data, size_t nbytes);

} // namespace editscope
