//! Writing and reading values of a few bits each, most significant bit first.

#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    /// Appends the low `width` bits of `value` (width at most 32).
    pub fn put(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.used % 8);
            }
            self.used += 1;
        }
    }

    /// The bytes written; the unused low bits of the last byte are zero.
    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

pub struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> BitReader<'a> {
        BitReader { bytes, at: 0 }
    }

    /// The next `width` bits, or `None` past the end.
    pub fn take(&mut self, width: u32) -> Option<u32> {
        let mut value = 0;
        for _ in 0..width {
            let byte = self.bytes.get(self.at / 8)?;
            value = (value << 1) | u32::from((byte >> (7 - self.at % 8)) & 1);
            self.at += 1;
        }
        Some(value)
    }

    /// Whether the rest of the current byte is zero (the canonical padding).
    pub fn padding_is_zero(&mut self) -> bool {
        while !self.at.is_multiple_of(8) {
            if self.take(1) != Some(0) {
                return false;
            }
        }
        true
    }

    /// Bytes consumed, counting a started byte as whole.
    pub fn bytes_used(&self) -> usize {
        self.at.div_ceil(8)
    }
}

/// Bits needed to store the numbers 0 to `max`.
pub fn width_for(max: u32) -> u32 {
    u32::BITS - max.leading_zeros()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_come_back_in_order() {
        let mut w = BitWriter::default();
        w.put(5, 3);
        w.put(0, 1);
        w.put(2, 2);
        w.put(1023, 10);
        w.put(1, 1);
        let bytes = w.finish();
        // 101 0 10 1111111111 1 + 7 zero bits = 1010 1011 | 1111 1111 | 1000 0000
        assert_eq!(bytes, [0b1010_1011, 0b1111_1111, 0b1000_0000]);
        let mut r = BitReader::new(&bytes);
        assert_eq!(
            [r.take(3), r.take(1), r.take(2), r.take(10), r.take(1)],
            [Some(5), Some(0), Some(2), Some(1023), Some(1)]
        );
        assert!(r.padding_is_zero());
        assert_eq!(r.bytes_used(), 3);
        assert_eq!(r.take(1), None);
    }

    #[test]
    fn widths() {
        assert_eq!(
            [
                width_for(0),
                width_for(1),
                width_for(3),
                width_for(4),
                width_for(11)
            ],
            [0, 1, 2, 3, 4]
        );
    }
}
