# Blink: the LED on and off, ten times a second for a second.
# On the simulated board (npx mpjs examples/blink.py) the LED is pin 2.
from machine import Pin
import time

led = Pin("LED", Pin.OUT)
for i in range(10):
    led.toggle()
    time.sleep_ms(50)
    led.toggle()
    time.sleep_ms(50)
print("blinked", i + 1, "times")
