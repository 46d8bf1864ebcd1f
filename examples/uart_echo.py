# UART echo: every line received on UART 1 goes back, upper-cased, until "bye".
# Run with a board file whose UART 1 is not a loopback, and type into it from the other side.
from machine import UART
import time

uart = UART(1, baudrate=115200)
uart.write(b"ready\n")
while True:
    line = uart.readline()
    if line is None:
        time.sleep_ms(5)  # nothing yet: let the data come in
        continue
    uart.write(line.upper())
    if line.strip() == b"bye":
        break
print("echo done")
