// io (and uio): open, and the in-memory streams StringIO and BytesIO (src/files/objfile.ts).

import { Q } from "../core/qstrdefs";
import { qv } from "../core/runtime";
import { defNative } from "../core/obj";
import { defModule } from "./modules";
import { addBuiltin } from "./modbuiltins";
import { openFile, fileTypes } from "../files/files";

export function initIo(): void {
  const open = defNative(Q.open, 1, 255, openFile);
  addBuiltin(Q.open, open);
  defModule(Q.io, function () {
    return [qv(Q.open), open].concat(fileTypes());
  });
}
