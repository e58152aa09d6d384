// `yaml`, for code that loads it on demand (`await import("./yaml-module.js")`): importing the
// package itself dynamically would hand the bundle's CommonJS form (a default export only).
export { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument } from "yaml";
