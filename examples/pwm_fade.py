# PWM fade: the LED's brightness up and down, in 16 steps each way.
from machine import Pin, PWM
import time

pwm = PWM(Pin("LED"), freq=1000, duty_u16=0)
for step in list(range(0, 17)) + list(range(15, -1, -1)):
    pwm.duty_u16(min(step * 4096, 65535))
    time.sleep_ms(5)
print("freq", pwm.freq(), "duty", pwm.duty_u16())
pwm.deinit()
