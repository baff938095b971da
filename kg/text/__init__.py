"""Vietnamese text: normalisation, cleaning, sentences."""
