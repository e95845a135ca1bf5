"""The shift lead's screens: the board, the reassign dialog, the look-in window, the charts."""
