// Reads a source map (version 3) and answers which original file and line a bundle position
// comes from. Our own small decoder of the "mappings" field (base64 VLQ), no dependency.

import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

// Decodes one segment ("AAAA,..." piece) into its list of signed integers.
export function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = DIGIT.get(c);
    if (d === undefined) throw new Error(`bad VLQ digit ${JSON.stringify(c)} in ${segment}`);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
    } else {
      const negative = value & 1;
      value >>>= 1;
      values.push(negative ? (value === 0 ? -0x80000000 : -value) : value);
      value = 0;
      shift = 0;
    }
  }
  if (shift !== 0) throw new Error(`unterminated VLQ in ${segment}`);
  return values;
}

// lines[generatedLine0] = sorted [{col, source, line, column, name}] (0-based line/column inside;
// name: index into the map's names, or -1).
export function parseMappings(mappings) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(";")) {
    const segs = [];
    let col = 0;
    if (text.length > 0) {
      for (const seg of text.split(",")) {
        const v = decodeVlq(seg);
        col += v[0];
        if (v.length >= 4) {
          source += v[1];
          line += v[2];
          column += v[3];
          if (v.length >= 5) name += v[4];
          segs.push({ col, source, line, column, name: v.length >= 5 ? name : -1 });
        } else {
          segs.push({ col, source: -1, line: -1, column: -1, name: -1 });
        }
      }
    }
    lines.push(segs);
  }
  return lines;
}

export class SourceMap {
  // map: parsed JSON; mapFile: its path (sources are relative to it).
  constructor(map, mapFile) {
    this.lines = parseMappings(map.mappings);
    const base = dirname(resolve(mapFile));
    const root = map.sourceRoot || "";
    this.sources = map.sources.map((s) => relative(process.cwd(), resolve(base, root, s)));
    this.names = map.names || [];
  }

  static load(mapFile) {
    return new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")), mapFile);
  }

  // line 1-based, column 0-based (as acorn gives them) -> {file, line (1-based), column} or null.
  originalFor(line, column) {
    const segs = this.lines[line - 1];
    if (!segs) return null;
    let best = null;
    for (const s of segs) {
      if (s.col <= column) best = s;
      else break;
    }
    if (!best || best.source < 0) return null;
    const out = { file: this.sources[best.source], line: best.line + 1, column: best.column };
    if (best.col === column && best.name >= 0) out.name = this.names[best.name];
    return out;
  }

  // Bytes of the bundle each source file accounts for: {file: bytes}; "(none)" for unmapped.
  bytesBySource(code) {
    const out = {};
    const text = code.split("\n");
    for (let i = 0; i < text.length; i++) {
      const segs = this.lines[i] || [];
      let at = 0;
      let src = "(none)";
      for (const s of segs) {
        out[src] = (out[src] || 0) + (s.col - at);
        at = s.col;
        src = s.source >= 0 ? this.sources[s.source] : "(none)";
      }
      out[src] = (out[src] || 0) + (text[i].length + 1 - at);
    }
    return out;
  }
}
