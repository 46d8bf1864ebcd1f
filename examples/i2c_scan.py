# I2C: find the devices on the bus, then read and write a device's registers.
# The simulated board has a register-file device at 0x48 and a display at 0x3c on I2C(0).
from machine import I2C, Pin

i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)
found = i2c.scan()
print("devices:", [hex(a) for a in found])

SENSOR = 0x48
if SENSOR in found:
    ident = i2c.readfrom_mem(SENSOR, 0x00, 1)[0]
    print("register 0:", hex(ident))
    i2c.writeto_mem(SENSOR, 0x10, b"\x12\x34")
    hi, lo = i2c.readfrom_mem(SENSOR, 0x10, 2)
    print("register 0x10..0x11:", hex((hi << 8) | lo))

try:
    i2c.readfrom(0x77, 1)
except OSError as e:
    print("0x77:", e)
