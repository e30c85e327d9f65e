#!/bin/sh
# The size floor of this stack: three tiny Leptos 0.8 CSR apps built like
# Klantspiegel (opt-level "z", LTO, erase_components, wasm-opt 132 -Oz), each
# rendering one page of five radios: a) leptos alone, b) with leptos_router,
# c) with leptos_router and serde_json reading a derived struct from localStorage.
# Prints: bin, wasm after wasm-opt (bytes), brotli wasm and JS (KiB).
# Run from anywhere after `bash .ci/install`: sh tests/bench/floor/measure.sh
set -e
cd "$(dirname "$0")"
WO=../../node_modules/.bin/wasm-opt
cargo build --quiet --release --target wasm32-unknown-unknown --bins
for X in a b c; do
  wasm-bindgen --target web --out-dir out/$X target/wasm32-unknown-unknown/release/$X.wasm
  $WO -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types out/$X/${X}_bg.wasm -o out/$X/${X}_opt.wasm
  node -e '
const z=require("zlib"),fs=require("fs");
const br=f=>z.brotliCompressSync(fs.readFileSync(f),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length;
const [x,w,j]=process.argv.slice(1);
console.log(`${x}: wasm ${fs.statSync(w).size} B, brotli wasm ${(br(w)/1024).toFixed(1)} KiB, JS ${(br(j)/1024).toFixed(1)} KiB`);
' $X out/$X/${X}_opt.wasm out/$X/$X.js
done
