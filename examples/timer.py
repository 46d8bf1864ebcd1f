# Timers: a periodic one blinks the LED five times a second; a one-shot stops it after a second
# (1,050 ms: halfway between two ticks, so that no tick is due at the same moment as the stop,
# which a busy host could run just after it)
from machine import Pin, Timer
import time

led = Pin("LED", Pin.OUT)
ticks = 0


def blink(t):
    global ticks
    ticks += 1
    led.toggle()


def stop(t):
    blinker.deinit()
    led.off()
    print("stopped after", ticks, "ticks")


blinker = Timer(-1, mode=Timer.PERIODIC, freq=10, callback=blink)
Timer(-1, mode=Timer.ONE_SHOT, period=1050, callback=stop)
time.sleep_ms(2000)  # well past the one-shot, even on a busy host
print("LED:", led.value())
