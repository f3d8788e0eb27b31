#!/usr/bin/env python3
"""Synthesizes Bellboard's bundled alert sounds into resources/sounds/.

Every sound is made here from nothing but arithmetic (additive synthesis, filtered noise),
so they are ours to give away: CC0 (resources/sounds/LICENSE). Python's standard library
only, so the script runs wherever Bellboard builds. The output is deterministic (fixed
random seed): running it again gives byte-identical files.

Format: 16-bit PCM WAV, 44.1 kHz, mono (QSoundEffect on Qt 6.4 plays 16-bit PCM only),
each under 1.5 s, peaks normalised to -3 dBFS.

    scripts/make-sounds.py [OUTPUT_DIR]
"""

import math
import os
import random
import struct
import sys
import wave

RATE = 44100
PEAK_DBFS = -3.0


def silence(seconds):
    return [0.0] * int(seconds * RATE)


def mix(target, source, at_seconds=0.0, gain=1.0):
    """Adds `source` into `target` starting at `at_seconds`, growing `target` as needed."""
    start = int(at_seconds * RATE)
    if len(target) < start + len(source):
        target.extend([0.0] * (start + len(source) - len(target)))
    for i, value in enumerate(source):
        target[start + i] += gain * value
    return target


def partials(seconds, fundamental, spectrum, attack=0.002):
    """A struck, bell-like tone: a sum of (ratio, amplitude, decay time) partials, each
    decaying exponentially, with a short linear attack so the strike does not click."""
    out = []
    for n in range(int(seconds * RATE)):
        t = n / RATE
        value = 0.0
        for ratio, amplitude, decay in spectrum:
            value += amplitude * math.exp(-t / decay) * math.sin(2 * math.pi * fundamental * ratio * t)
        out.append(value * min(1.0, t / attack))
    return out


def noise_burst(seconds, decay, smoothing, rng):
    """Decaying noise through a one-pole low-pass (`smoothing` near 1 = darker)."""
    out, state = [], 0.0
    for n in range(int(seconds * RATE)):
        state = smoothing * state + (1 - smoothing) * rng.uniform(-1, 1)
        out.append(state * math.exp(-(n / RATE) / decay))
    return out


def fade_out(samples, seconds):
    length = min(len(samples), int(seconds * RATE))
    for i in range(length):
        samples[len(samples) - length + i] *= 1 - i / length
    return samples


# A desk "service bell": a bright strike whose inharmonic partials ring on (ratios of a
# small struck bell), the high ones dying first, plus the tiny click of the striker.
def service_bell(rng):
    bell = partials(1.4, 1480.0, [(1.0, 1.0, 0.55), (2.41, 0.55, 0.30), (3.99, 0.30, 0.16),
                                  (5.62, 0.18, 0.09), (7.94, 0.08, 0.05)])
    mix(bell, noise_burst(0.012, 0.003, 0.2, rng), 0.0, 0.25)
    return fade_out(bell, 0.15)


# "Cha-ching": the register's mechanical clunk (dark noise), two quick bright bell strikes,
# then the cash drawer rolling out (low rumbling noise).
def cash_register(rng):
    out = silence(0.0)
    mix(out, noise_burst(0.08, 0.02, 0.6, rng), 0.0, 0.8)
    coin = [(1.0, 1.0, 0.35), (2.76, 0.45, 0.18), (5.40, 0.25, 0.08), (8.93, 0.1, 0.04)]
    mix(out, partials(1.0, 2093.0, coin), 0.10, 0.8)
    mix(out, partials(1.0, 2637.0, coin), 0.19, 0.9)
    mix(out, noise_burst(0.35, 0.12, 0.93, rng), 0.22, 1.6)
    return fade_out(out[:int(1.3 * RATE)], 0.2)


# Two alternating tones (a classic "nee-naw"), odd harmonics for urgency, soft edges so the
# alternation is not a train of clicks.
def alarm(rng):
    out = []
    step = 0.15
    for k in range(8):
        frequency = 988.0 if k % 2 == 0 else 740.0
        for n in range(int(step * RATE)):
            t = n / RATE
            edge = min(1.0, t / 0.008, (step - t) / 0.008)
            value = sum(math.sin(2 * math.pi * frequency * h * t) / h for h in (1, 3, 5))
            out.append(0.8 * edge * value)
    return out


# A gentle two-note "ding-dong" (E5 then C5), nearly pure tones with slow decays.
def chime(rng):
    soft = [(1.0, 1.0, 0.5), (2.0, 0.25, 0.25), (3.0, 0.08, 0.12)]
    out = partials(1.4, 659.25, soft, attack=0.006)
    mix(out, partials(1.0, 523.25, soft, attack=0.006), 0.35, 0.9)
    return fade_out(out[:int(1.4 * RATE)], 0.2)


# A soft "pop": a quick downward pitch sweep with a fast decay, like a bubble.
def soft_pop(rng):
    out, phase = [], 0.0
    for n in range(int(0.14 * RATE)):
        t = n / RATE
        frequency = 220.0 + 700.0 * math.exp(-t / 0.015)
        phase += 2 * math.pi * frequency / RATE
        out.append(math.sin(phase) * math.exp(-t / 0.03) * min(1.0, t / 0.001))
    return out


SOUNDS = {
    "service-bell": service_bell,
    "cash-register": cash_register,
    "alarm": alarm,
    "chime": chime,
    "soft-pop": soft_pop,
}


def write_wav(path, samples):
    peak = max(abs(s) for s in samples) or 1.0
    scale = 10 ** (PEAK_DBFS / 20) * 32767 / peak
    frames = b"".join(struct.pack("<h", int(round(s * scale))) for s in samples)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "resources", "sounds")
    os.makedirs(target, exist_ok=True)
    for name, make in SOUNDS.items():
        samples = make(random.Random(name))
        write_wav(os.path.join(target, name + ".wav"), samples)
        print("%-14s %.2f s" % (name, len(samples) / RATE))


if __name__ == "__main__":
    main()
