"""The speech engines behind one protocol (see `base`): espeak-ng through pyttsx3."""
