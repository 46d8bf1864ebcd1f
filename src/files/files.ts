// The file system's code, for code outside this folder: open() and io's file types (objfile.ts),
// and the os module (modos.ts). modio.ts and modules-all.ts register them.
//
// In the Espruino bundles src/files is a lazy folder (tools/lazy-folder.mjs), as src/machine is: its
// code is created at the first call of these functions, when a program first opens a file or
// imports io or os; a program that does neither never pays for it in RAM. So this file exports
// functions only, code outside the folder imports nothing else from it (types aside), and the
// folder's top-level statements only define things.

export { openFile, fileTypes } from "./objfile";
export { osTable } from "./modos";
