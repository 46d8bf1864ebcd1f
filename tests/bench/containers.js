// Lists and dicts (containers.py in JavaScript): arrays, and objects without a prototype as dicts.
var N = 8000; // duk: 400

function run(n) {
  var d = Object.create(null);
  var dlen = 0;
  var i, k;
  for (i = 0; i < n; i++) {
    k = (i * 7) % n;
    if (!(k in d)) dlen++;
    d[k] = i;
  }
  var counts = Object.create(null);
  var nkeys = 0;
  for (i = 0; i < n; i++) {
    k = "k" + String(i % 257);
    if (k in counts) counts[k] += 1;
    else {
      counts[k] = 1;
      nkeys++;
    }
  }
  var lst = [];
  for (i = 0; i < n; i++) lst.push((i * 3) % 101);
  var s = 0;
  for (i = 0; i < lst.length; i++) s += lst[i];
  var part = lst.slice(10, Math.floor(n / 2));
  var psum = 0;
  for (i = 0; i < part.length; i++) psum += part[i];
  s += part.length + psum;
  var odd = [];
  for (i = 0; i < lst.length; i++) if (lst[i] % 2) odd.push(lst[i] * 2);
  s += odd.length;
  for (k = 0; k < n; k += 3) s += d[k];
  for (k = n; k < n + 50; k++) if (k in d) s += 1000;
  s += counts["k5"] + counts["k256"] + nkeys;
  var stack = [];
  for (i = 0; i < n; i++) {
    stack.push(i);
    if (i % 3 === 0) s += stack.pop();
  }
  s += stack.length;
  s += lst.indexOf(100);
  for (k = 0; k < n; k += 2) {
    delete d[k];
    dlen--;
  }
  s += dlen;
  return s;
}

var total = 0;
for (var r = 0; r < 5; r++) total += run(N);
print("containers " + total);
