# A button on an interrupt: pressing the button (pin 0 pulled up, low when pressed) toggles the LED.
# The handler runs between the main program's instructions, here while it sleeps.
from machine import Pin
import time

led = Pin("LED", Pin.OUT, value=0)
button = Pin(0, Pin.IN, Pin.PULL_UP)
presses = 0

def pressed(pin):
    global presses
    presses += 1
    led.toggle()

button.irq(handler=pressed, trigger=Pin.IRQ_FALLING)

# wait for three presses, or two seconds
deadline = time.ticks_add(time.ticks_ms(), 2000)
while presses < 3 and time.ticks_diff(deadline, time.ticks_ms()) > 0:
    time.sleep_ms(10)
button.irq(None)
print("presses:", presses, "LED:", led.value())
