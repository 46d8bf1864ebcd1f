// io (and uio): open, and the in-memory streams StringIO and BytesIO (objfile.ts).

import { Q } from "../core/qstrdefs";
import { tv } from "../core/types";
import { qv } from "../core/runtime";
import { defModule } from "./modules";
import { addBuiltin } from "./modbuiltins";
import { initFiles, T_STRINGIO, T_BYTESIO, T_TEXTIO, T_FILEIO } from "./objfile";

export function initIo(): void {
  const open = initFiles();
  addBuiltin(Q.open, open);
  const table = function () {
    return [
      qv(Q.open), open, qv(Q.StringIO), tv(T_STRINGIO), qv(Q.BytesIO), tv(T_BYTESIO),
      qv(Q.TextIOWrapper), tv(T_TEXTIO), qv(Q.FileIO), tv(T_FILEIO),
    ];
  };
  defModule(Q.io, table);
}
