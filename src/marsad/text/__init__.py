"""The Arabic text layer: one normalization with an offset map, the clitic inventory, segmentation, matching."""

from marsad.text.normalize import NormalizedText, norm, norm_key, normalize
from marsad.text.segment import Segment, Token, paragraphs, sentences, tokens

__all__ = ["NormalizedText", "Segment", "Token", "norm", "norm_key", "normalize", "paragraphs",
           "sentences", "tokens"]
