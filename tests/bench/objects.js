// Instances (objects.py in JavaScript): constructors, prototype methods, inheritance.
var N = 6000; // duk: 150

function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.add = function (other) {
  return new Vec(this.x + other.x, this.y + other.y);
};
Vec.prototype.dot = function (other) {
  return this.x * other.x + this.y * other.y;
};
Vec.prototype.scale = function (k) {
  this.x *= k;
  this.y *= k;
};

function Body(x, y, vx, vy) {
  this.pos = new Vec(x, y);
  this.vel = new Vec(vx, vy);
  this.hits = 0;
}
Body.prototype.step = function (size) {
  this.pos = this.pos.add(this.vel);
  if (this.pos.x < 0 || this.pos.x > size) {
    this.vel.x = -this.vel.x;
    this.hits += 1;
  }
  if (this.pos.y < 0 || this.pos.y > size) {
    this.vel.y = -this.vel.y;
    this.hits += 1;
  }
};
Body.prototype.energy = function () {
  return this.vel.dot(this.vel);
};

function Heavy(x, y, vx, vy, mass) {
  Body.call(this, x, y, vx, vy);
  this.mass = mass;
}
Heavy.prototype = Object.create(Body.prototype);
Heavy.prototype.constructor = Heavy;
Heavy.prototype.energy = function () {
  return this.mass * Body.prototype.energy.call(this);
};

function simulate(steps) {
  var bodies = [];
  var i, s;
  for (i = 0; i < 10; i++) {
    if (i % 2) bodies.push(new Heavy(i * 10, i * 7, (i % 3) + 1, (i % 4) - 2, i));
    else bodies.push(new Body(i * 5, 100 - i, 2 - (i % 5), (i % 3) + 1));
  }
  for (s = 0; s < steps; s++) {
    for (i = 0; i < bodies.length; i++) bodies[i].step(1000);
  }
  var total = 0;
  for (i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    total += b.hits * 1000 + b.energy() + b.pos.x + b.pos.y;
  }
  var v = new Vec(1, 2);
  for (s = 0; s < steps; s++) {
    v.scale(1);
    total += v.dot(v);
  }
  return total;
}

print("objects " + simulate(N));
