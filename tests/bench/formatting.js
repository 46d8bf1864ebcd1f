// Text formatting (formatting.py in JavaScript): concatenation and padding by hand.
var N = 30000; // duk: 1000

function padLeft(s, w) {
  while (s.length < w) s = " " + s;
  return s;
}

function padRight(s, w) {
  while (s.length < w) s = s + " ";
  return s;
}

function run(n) {
  var total = 0;
  for (var i = 0; i < n; i++) {
    var a = String(i) + ":" + "ab";
    var b = String(i * 3) + "-" + a;
    var c = "<" + String(i) + "|" + b + ">";
    var d = padLeft(String(i % 1000), 5) + "|" + padRight("x", 4) + "|";
    total += a.length + b.length + c.length + d.length;
    total += parseInt(String(i * 7), 10) & 255;
  }
  return total;
}

print("formatting " + run(N));
