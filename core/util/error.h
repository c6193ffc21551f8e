// Error types shared by the engine.
//
// Every failure caused by bad input names the file, the field (tensor, JSON key, option) and the
// reason, so a researcher can fix the input without reading our code. Engine code throws; only the
// app layer turns errors into exit codes or dialogs. Thread-safe (plain value types).
#pragma once

#include <stdexcept>
#include <string>

namespace editscope {

class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::string field, std::string reason);

    const std::string& file() const noexcept { return file_; }
    const std::string& field() const noexcept { return field_; }
    const std::string& reason() const noexcept { return reason_; }

private:
    std::string file_;
    std::string field_;
    std::string reason_;
};

// Raised when the user cancels a long operation through its stop token / progress callback.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace editscope
