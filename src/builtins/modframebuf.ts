// framebuf: MicroPython's FrameBuffer over a bytearray (the display buffer SSD1306 and ST7735 drivers
// build on). The drawing algorithms are MicroPython's (same clipping, same Bresenham line, same
// ellipse and polygon scanlines), so that a frame comes out bit for bit as on a board.
// FrameBuffer: [type, buffer, width, height, format, stride]; a subclass's instance holds one made
// empty and filled by __init__ (drivers call super().__init__(buf, w, h, format)).

import { i32, u8, alloc, pushRoot, popRoots } from "../gc/heap";
import { C, T, tv } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defNative, defType, newTypeIndex, romMap, mkInt, raise, valueError, typeOf, tupleLen, isInstance, strBuf, bufLen as sbLen, isStr } from "../core/obj";
import { qv, truthy, nativeSelf, getIter, iterNext } from "../core/runtime";
import { defModule } from "./modules";
import { toInt } from "./modutil";
import { writableAddr, bbLen } from "./objbytes";
import { arrayAddr, arrayLen } from "./modarray";
import { FONT } from "./font";

const MVLSB = 0,
  RGB565 = 1,
  GS4_HMSB = 2,
  MHLSB = 3,
  MHMSB = 4,
  GS2_HMSB = 5,
  GS8 = 6;
// bits per pixel by format
const BPP = [1, 16, 4, 1, 1, 2, 8];

let T_FB = 0;

// the frame buffer being drawn on: its fields, read once per call
let base = 0; // address of the first byte
let fw = 0;
let fh = 0;
let fmt = 0;
let stride = 0;

function bufOf(v: number): number {
  let p = writableAddr(v);
  let n = bbLen;
  if (p < 0) {
    p = arrayAddr(v);
    n = arrayLen;
  }
  if (p < 0) raise(tv(T.TypeError), "object with buffer protocol required");
  bufLen = n;
  return p;
}
let bufLen = 0;

// selects fb (a FrameBuffer or a subclass instance) for drawing; answers its fields
function use(v: number): number[] {
  const o = nativeSelf(v);
  if (typeOf(o) !== T_FB) raise(tv(T.TypeError), "FrameBuffer required");
  const w = o >> 2;
  if (i32[w + 1] === 0) valueError("FrameBuffer not initialised");
  const r = [bufOf(i32[w + 1]), i32[w + 2] >> 1, i32[w + 3] >> 1, i32[w + 4] >> 1, i32[w + 5] >> 1];
  sel(r);
  return r;
}

function sel(r: number[]): void {
  base = r[0];
  fw = r[1];
  fh = r[2];
  fmt = r[3];
  stride = r[4];
}

function setpixel(x: number, y: number, c: number): void {
  let i: number, sh: number;
  switch (fmt) {
    case MVLSB:
      i = base + (y >> 3) * stride + x;
      sh = y & 7;
      u8[i] = c !== 0 ? u8[i] | (1 << sh) : u8[i] & ~(1 << sh);
      return;
    case MHLSB:
    case MHMSB:
      i = base + ((x + y * stride) >> 3);
      sh = fmt === MHLSB ? 7 - (x & 7) : x & 7;
      u8[i] = c !== 0 ? u8[i] | (1 << sh) : u8[i] & ~(1 << sh);
      return;
    case RGB565:
      i = base + (x + y * stride) * 2;
      u8[i] = c & 255;
      u8[i + 1] = (c >> 8) & 255;
      return;
    case GS2_HMSB:
      i = base + ((x + y * stride) >> 2);
      sh = (x & 3) << 1;
      u8[i] = (u8[i] & ~(3 << sh)) | ((c & 3) << sh);
      return;
    case GS4_HMSB:
      i = base + ((x + y * stride) >> 1);
      u8[i] = x & 1 ? (u8[i] & 0xf0) | (c & 0x0f) : ((c & 0x0f) << 4) | (u8[i] & 0x0f);
      return;
    default:
      u8[base + x + y * stride] = c & 255;
  }
}

function getpixel(x: number, y: number): number {
  switch (fmt) {
    case MVLSB:
      return (u8[base + (y >> 3) * stride + x] >> (y & 7)) & 1;
    case MHLSB:
    case MHMSB:
      return (u8[base + ((x + y * stride) >> 3)] >> (fmt === MHLSB ? 7 - (x & 7) : x & 7)) & 1;
    case RGB565:
      return u8[base + (x + y * stride) * 2] | (u8[base + (x + y * stride) * 2 + 1] << 8);
    case GS2_HMSB:
      return (u8[base + ((x + y * stride) >> 2)] >> ((x & 3) << 1)) & 3;
    case GS4_HMSB:
      return x & 1 ? u8[base + ((x + y * stride) >> 1)] & 0x0f : u8[base + ((x + y * stride) >> 1)] >> 4;
    default:
      return u8[base + x + y * stride];
  }
}

function setChecked(x: number, y: number, c: number, on: number): void {
  if (on && x >= 0 && x < fw && y >= 0 && y < fh) setpixel(x, y, c);
}

function fillRect(x: number, y: number, w: number, h: number, c: number): void {
  if (h < 1 || w < 1 || x + w <= 0 || y + h <= 0 || y >= fh || x >= fw) return;
  const xend = Math.min(fw, x + w);
  const yend = Math.min(fh, y + h);
  x = Math.max(x, 0);
  y = Math.max(y, 0);
  for (let yy = y; yy < yend; yy++) for (let xx = x; xx < xend; xx++) setpixel(xx, yy, c);
}

function line(x1: number, y1: number, x2: number, y2: number, c: number): void {
  let dx = x2 - x1;
  let sx = 1;
  if (dx <= 0) {
    dx = -dx;
    sx = -1;
  }
  let dy = y2 - y1;
  let sy = 1;
  if (dy <= 0) {
    dy = -dy;
    sy = -1;
  }
  let steep = false;
  let t: number;
  if (dy > dx) {
    t = x1;
    x1 = y1;
    y1 = t;
    t = dx;
    dx = dy;
    dy = t;
    t = sx;
    sx = sy;
    sy = t;
    steep = true;
  }
  let e = 2 * dy - dx;
  for (let i = 0; i < dx; i++) {
    if (steep) setChecked(y1, x1, c, 1);
    else setChecked(x1, y1, c, 1);
    while (e >= 0) {
      y1 += sy;
      e -= 2 * dx;
    }
    x1 += sx;
    e += 2 * dy;
  }
  setChecked(x2, y2, c, 1);
}

// C's integer division (towards zero)
function cdiv(a: number, b: number): number {
  const q = a / b;
  return q < 0 ? Math.ceil(q) : Math.floor(q);
}

// the quadrants of an ellipse: Q1 top right, Q2 top left, Q3 bottom left, Q4 bottom right
function ellipsePoints(cx: number, cy: number, x: number, y: number, c: number, mask: number): void {
  if (mask & 0x10) {
    if (mask & 1) fillRect(cx, cy - y, x + 1, 1, c);
    if (mask & 2) fillRect(cx - x, cy - y, x + 1, 1, c);
    if (mask & 4) fillRect(cx - x, cy + y, x + 1, 1, c);
    if (mask & 8) fillRect(cx, cy + y, x + 1, 1, c);
  } else {
    setChecked(cx + x, cy - y, c, mask & 1);
    setChecked(cx - x, cy - y, c, mask & 2);
    setChecked(cx - x, cy + y, c, mask & 4);
    setChecked(cx + x, cy + y, c, mask & 8);
  }
}

function ellipse(cx: number, cy: number, a: number, b: number, c: number, mask: number): void {
  const ta = 2 * a * a,
    tb = 2 * b * b;
  let x = a,
    y = 0,
    xch = b * b * (1 - 2 * a),
    ych = a * a,
    err = 0,
    stopx = tb * a,
    stopy = 0;
  while (stopx >= stopy) {
    ellipsePoints(cx, cy, x, y, c, mask);
    y++;
    stopy += ta;
    err += ych;
    ych += ta;
    if (2 * err + xch > 0) {
      x--;
      stopx -= tb;
      err += xch;
      xch += tb;
    }
  }
  x = 0;
  y = b;
  xch = b * b;
  ych = a * a * (1 - 2 * b);
  err = 0;
  stopx = 0;
  stopy = ta * b;
  while (stopx <= stopy) {
    ellipsePoints(cx, cy, x, y, c, mask);
    x++;
    stopx += tb;
    err += xch;
    xch += tb;
    if (2 * err + ych > 0) {
      y--;
      stopy -= ta;
      err += ych;
      ych += ta;
    }
  }
}

function poly(x: number, y: number, p: number[], c: number, fill: boolean): void {
  const n = p.length >> 1;
  if (n < 1) return;
  if (!fill) {
    let px1 = p[0],
      py1 = p[1];
    for (let i = 2 * n - 1; i >= 0; i -= 2) {
      const py2 = p[i],
        px2 = p[i - 1];
      line(x + px1, y + py1, x + px2, y + py2, c);
      px1 = px2;
      py1 = py2;
    }
    return;
  }
  // scanlines: where each edge crosses the row, then spans between pairs of crossings
  let ymin = p[1],
    ymax = p[1];
  for (let i = 1; i < 2 * n; i += 2) {
    if (p[i] < ymin) ymin = p[i];
    if (p[i] > ymax) ymax = p[i];
  }
  for (let row = ymin; row <= ymax; row++) {
    const nodes: number[] = [];
    let px1 = p[0],
      py1 = p[1];
    for (let i = 2 * n - 1; i >= 0; i -= 2) {
      const py2 = p[i],
        px2 = p[i - 1];
      // an edge's bottom pixel is left out (it is the next edge's top); local minima are drawn here
      if (py1 !== py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row))) {
        nodes.push(cdiv(32 * px1 + cdiv(32 * (px2 - px1) * (row - py1), py2 - py1) + 16, 32));
      } else if (row === Math.max(py1, py2)) {
        if (py1 < py2) setChecked(x + px2, y + py2, c, 1);
        else if (py2 < py1) setChecked(x + px1, y + py1, c, 1);
        else line(x + px1, y + py1, x + px2, y + py2, c);
      }
      px1 = px2;
      py1 = py2;
    }
    nodes.sort(function (u, v) {
      return u - v;
    });
    for (let i = 0; i + 1 < nodes.length; i += 2) fillRect(x + nodes[i], y + row, nodes[i + 1] - nodes[i] + 1, 1, c);
  }
}

function text(s: number, x0: number, y0: number, c: number): void {
  const str = strBytes(s);
  for (let k = 0; k < str.length; k++) {
    let ch = str[k];
    if (ch < 32 || ch > 127) ch = 127;
    for (let j = 0; j < 8; j++, x0++) {
      if (x0 < 0 || x0 >= fw || j > 4) continue;
      let col = parseInt(FONT.substr((ch - 32) * 10 + j * 2, 2), 16);
      for (let y = y0; col; col >>= 1, y++) if (col & 1 && y >= 0 && y < fh) setpixel(x0, y, c);
    }
  }
}

// the UTF-8 bytes of a str (each byte past 127 is drawn as the block, as MicroPython)
function strBytes(s: number): number[] {
  if (!isStr(s)) raise(tv(T.TypeError), "can't convert to str implicitly");
  const p = strBuf(s);
  const out: number[] = [];
  for (let k = 0; k < sbLen; k++) out.push(u8[p + k]);
  return out;
}

function ints(a: number, from: number, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(toInt(i32[a + from + k]));
  return out;
}

// fills fb's fields from (buffer, width, height, format[, stride])
function setup(o: number, a: number, n: number): void {
  if (n < 4) raise(tv(T.TypeError), "function missing required positional arguments");
  const w = toInt(i32[a + 1]),
    h = toInt(i32[a + 2]),
    f = toInt(i32[a + 3]);
  let s = n > 4 ? toInt(i32[a + 4]) : w;
  if (w < 1 || h < 1 || s < 1) valueError("invalid dimensions");
  if (f < 0 || f > 6) valueError("invalid format");
  if (f === MHLSB || f === MHMSB) s = (s + 7) & ~7;
  else if (f === GS2_HMSB) s = (s + 3) & ~3;
  else if (f === GS4_HMSB) s = (s + 1) & ~1;
  bufOf(i32[a]);
  const rows = f === MVLSB ? (h + 7) >> 3 : h;
  const need = f === MVLSB ? rows * s : Math.floor((rows * s * BPP[f]) / 8); // (no >>: a stride of 2**31)
  if (bufLen < need) valueError("buffer too small");
  const ww = o >> 2;
  i32[ww + 1] = i32[a];
  i32[ww + 2] = mkInt(w);
  i32[ww + 3] = mkInt(h);
  i32[ww + 4] = mkInt(f);
  i32[ww + 5] = mkInt(s);
}

const METHODS: any[] = [
  Q.__init__, 1, 6, function (a: number, n: number) {
    setup(nativeSelf(i32[a]), a + 1, n - 1);
    return C.None;
  },
  Q.fill, 2, 2, function (a: number) {
    use(i32[a]);
    fillRect(0, 0, fw, fh, toInt(i32[a + 1]));
    return C.None;
  },
  Q.pixel, 3, 4, function (a: number, n: number) {
    use(i32[a]);
    const p = ints(a, 1, n - 1);
    if (p[0] < 0 || p[0] >= fw || p[1] < 0 || p[1] >= fh) return C.None;
    if (n < 4) return mkInt(getpixel(p[0], p[1]));
    setpixel(p[0], p[1], p[2]);
    return C.None;
  },
  Q.hline, 5, 5, function (a: number) {
    use(i32[a]);
    const p = ints(a, 1, 4);
    fillRect(p[0], p[1], p[2], 1, p[3]);
    return C.None;
  },
  Q.vline, 5, 5, function (a: number) {
    use(i32[a]);
    const p = ints(a, 1, 4);
    fillRect(p[0], p[1], 1, p[2], p[3]);
    return C.None;
  },
  Q.rect, 6, 7, function (a: number, n: number) {
    use(i32[a]);
    const p = ints(a, 1, 5);
    if (n > 6 && truthy(i32[a + 6])) fillRect(p[0], p[1], p[2], p[3], p[4]);
    else {
      fillRect(p[0], p[1], p[2], 1, p[4]);
      fillRect(p[0], p[1] + p[3] - 1, p[2], 1, p[4]);
      fillRect(p[0], p[1], 1, p[3], p[4]);
      fillRect(p[0] + p[2] - 1, p[1], 1, p[3], p[4]);
    }
    return C.None;
  },
  Q.fill_rect, 6, 6, function (a: number) {
    use(i32[a]);
    const p = ints(a, 1, 5);
    fillRect(p[0], p[1], p[2], p[3], p[4]);
    return C.None;
  },
  Q.line, 6, 6, function (a: number) {
    use(i32[a]);
    const p = ints(a, 1, 5);
    line(p[0], p[1], p[2], p[3], p[4]);
    return C.None;
  },
  Q.ellipse, 6, 8, function (a: number, n: number) {
    use(i32[a]);
    const p = ints(a, 1, 5);
    const mask = (n > 6 && truthy(i32[a + 6]) ? 0x10 : 0) | (n > 7 ? toInt(i32[a + 7]) & 15 : 15);
    ellipse(p[0], p[1], p[2], p[3], p[4], mask);
    return C.None;
  },
  Q.poly, 5, 6, function (a: number, n: number) {
    // coords: an array('h') or any sequence of ints, x0, y0, x1, y1...
    const coords: number[] = [];
    const it = getIter(i32[a + 3]);
    pushRoot(it);
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) coords.push(toInt(v));
    popRoots(1);
    use(i32[a]);
    poly(toInt(i32[a + 1]), toInt(i32[a + 2]), coords, toInt(i32[a + 4]), n > 5 && truthy(i32[a + 5]));
    return C.None;
  },
  Q.text, 4, 5, function (a: number, n: number) {
    use(i32[a]);
    text(i32[a + 1], toInt(i32[a + 2]), toInt(i32[a + 3]), n > 4 ? toInt(i32[a + 4]) : 1);
    return C.None;
  },
  Q.scroll, 3, 3, function (a: number) {
    use(i32[a]);
    const xs = toInt(i32[a + 1]),
      ys = toInt(i32[a + 2]);
    let sx: number, xend: number, dx: number, y: number, yend: number, dy: number;
    if (xs < 0) {
      sx = 0;
      xend = fw + xs;
      if (xend <= 0) return C.None;
      dx = 1;
    } else {
      sx = fw - 1;
      xend = xs - 1;
      if (xend >= sx) return C.None;
      dx = -1;
    }
    if (ys < 0) {
      y = 0;
      yend = fh + ys;
      if (yend <= 0) return C.None;
      dy = 1;
    } else {
      y = fh - 1;
      yend = ys - 1;
      if (yend >= y) return C.None;
      dy = -1;
    }
    for (; y !== yend; y += dy) for (let x = sx; x !== xend; x += dx) setpixel(x, y, getpixel(x - xs, y - ys));
    return C.None;
  },
  Q.blit, 4, 6, function (a: number, n: number) {
    // the source and the palette: FrameBuffers, or (buffer, width, height, format[, stride])
    const src = fbOf(i32[a + 1]);
    pushRoot(src);
    const pal = n > 5 && i32[a + 5] !== C.None ? fbOf(i32[a + 5]) : 0;
    popRoots(1);
    const x = toInt(i32[a + 2]),
      y = toInt(i32[a + 3]);
    const key = n > 4 ? toInt(i32[a + 4]) : -1;
    const rp = pal !== 0 ? use(pal) : null;
    const rs = use(src);
    const rd = use(i32[a]);
    const sw = rs[1],
      sh = rs[2];
    if (x >= fw || y >= fh || -x >= sw || -y >= sh) return C.None;
    const x0 = Math.max(0, x),
      x1 = Math.max(0, -x),
      x0end = Math.min(fw, x + sw),
      y0end = Math.min(fh, y + sh);
    let y1 = Math.max(0, -y);
    for (let y0 = Math.max(0, y); y0 < y0end; y0++, y1++) {
      let cx1 = x1;
      for (let cx0 = x0; cx0 < x0end; cx0++, cx1++) {
        sel(rs);
        let col = getpixel(cx1, y1);
        if (rp !== null && col < rp[1]) {
          sel(rp);
          col = getpixel(col, 0);
        }
        sel(rd);
        if (col !== key) setpixel(cx0, y0, col);
      }
    }
    return C.None;
  },
];

// a FrameBuffer, or one made from a tuple (buffer, width, height, format[, stride])
function fbOf(v: number): number {
  if (isInstance(v, tv(T.tuple))) {
    const n = tupleLen(v);
    const fb = newFb();
    pushRoot(fb);
    setup(fb, (v >> 2) + 2, n);
    popRoots(1);
    return fb;
  }
  return v;
}

function newFb(): number {
  return alloc(T_FB, 24);
}

function initType(): void {
  const locals: number[] = [];
  for (let k = 0; k < METHODS.length; k += 4) locals.push(qv(METHODS[k]), defNative(METHODS[k], METHODS[k + 1], METHODS[k + 2], METHODS[k + 3]));
  T_FB = defType(newTypeIndex(), Q.FrameBuffer, tv(T.object), {
    make: function (a, n) {
      const o = newFb();
      // a subclass's __init__ fills it (super().__init__(...))
      if (n > 0) setup(o, a, n);
      return o;
    },
    locals: romMap(locals),
  });
}

export function initFramebuf(): void {
  defModule(Q.framebuf, function () {
    if (T_FB === 0) initType();
    return [
      qv(Q.FrameBuffer), T_FB,
      qv(Q.MONO_VLSB), mkInt(MVLSB), qv(Q.MVLSB), mkInt(MVLSB), qv(Q.MONO_HLSB), mkInt(MHLSB), qv(Q.MONO_HMSB), mkInt(MHMSB),
      qv(Q.RGB565), mkInt(RGB565), qv(Q.GS2_HMSB), mkInt(GS2_HMSB), qv(Q.GS4_HMSB), mkInt(GS4_HMSB), qv(Q.GS8), mkInt(GS8),
    ];
  });
}

