# neopixel: strips of WS2812 ("NeoPixel") LEDs with MicroPython's API, sent by machine.bitstream.
# np = NeoPixel(pin, n, bpp=3, timing=1); np[i] = (r, g, b); np.fill(colour); np.write()
from machine import bitstream


class NeoPixel:
    # where each of r, g, b (, w) goes among a pixel's bytes: the LEDs take green first
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.buf = bytearray(n * bpp)
        pin.init(pin.OUT)
        # nanoseconds high and low of a 0 bit, then of a 1 bit: at 800 kHz (1), at 400 kHz (0),
        # or the caller's four
        if timing == 1:
            self.timing = (400, 850, 800, 450)
        elif timing == 0:
            self.timing = (800, 1700, 1600, 900)
        else:
            self.timing = timing

    def __len__(self):
        return self.n

    def __setitem__(self, i, colour):
        at = i * self.bpp
        for k in range(self.bpp):
            self.buf[at + self.ORDER[k]] = colour[k]

    def __getitem__(self, i):
        at = i * self.bpp
        return tuple(self.buf[at + self.ORDER[k]] for k in range(self.bpp))

    def fill(self, colour):
        for i in range(self.n):
            self[i] = colour

    def write(self):
        bitstream(self.pin, 0, self.timing, self.buf)
