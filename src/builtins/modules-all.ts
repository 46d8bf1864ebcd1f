// The standard modules: one file each; initStdModules registers them all (init.ts calls it).
// gc, micropython, math, time and errno are in every profile; the others only in the full one.

import { initGc } from "./modgc";
import { initMicropython } from "./modmicropython";
import { initMath } from "./modmath";
import { initTime } from "./modtime";
import { initErrno } from "./moderrno";
import { initStruct } from "./modstruct";
import { initJson } from "./modjson";
import { initCollections } from "./modcollections";
import { initHeapq } from "./modheapq";
import { initRandom } from "./modrandom";
import { initBinascii } from "./modbinascii";
import { initArray } from "./modarray";
import { initHashlib } from "./modhashlib";
import { initPlatform } from "./modplatform";
import { initRe } from "./modre";
import { initFramebuf } from "./modframebuf";
import { initSelectNatives, initInput } from "./stdin";
import { osTable } from "../files/files";
import { defModule } from "./modules";
import { Q } from "../core/qstrdefs";
import { initIo } from "./modio";
import { initImportFile } from "./importfile";

export function initStdModules(): void {
  initGc();
  initMicropython();
  initMath();
  initTime();
  initErrno();
  if (MPJS_FILES) {
    defModule(Q.os, osTable);
    initIo();
    initImportFile();
  }
  if (MPJS_FULL) {
    initStruct();
    initJson();
    initCollections();
    initHeapq();
    initRandom();
    initBinascii();
    initArray();
    initHashlib();
    initPlatform();
    initRe();
    initFramebuf();
  }
  if (MPJS_ASYNCIO) initSelectNatives();
  // input() and sys.stdin's reads: at the REPL (the console's input), and with select
  if (MPJS_REPL || MPJS_ASYNCIO) initInput();
}
