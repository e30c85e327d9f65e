# Sourced by the .ci scripts: the tools .ci/install provides come first on PATH
# (wasm-opt from npm's binaryen 132 before any system wasm-opt).
KS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$KS_ROOT/tests/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$KS_ROOT"
