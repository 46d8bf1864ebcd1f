// Float arithmetic: Mandelbrot count and numeric integration (mandel.py in JavaScript).
var N = 80; // duk: 10

function mandel(w, h, maxit) {
  var total = 0;
  for (var y = 0; y < h; y++) {
    var ci = (y * 2.4) / h - 1.2;
    for (var x = 0; x < w; x++) {
      var cr = (x * 3.0) / w - 2.1;
      var zr = 0.0;
      var zi = 0.0;
      var i = 0;
      while (i < maxit && zr * zr + zi * zi < 4.0) {
        var t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        i += 1;
      }
      total += i;
    }
  }
  return total;
}

function integrate(steps) {
  var h = 1.0 / steps;
  var s = 0.0;
  for (var k = 0; k < steps; k++) {
    var x = (k + 0.5) * h;
    s += 4.0 / (1.0 + x * x);
  }
  return s * h;
}

print("mandel " + mandel(N, N, 50) + " " + Math.floor(integrate(N * 400) * 1e9));
