//! CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: small, and fast enough
//! for a few dozen bytes.

pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// Whether `bytes` end with the big-endian CRC-32 of all bytes before them, as
/// every link format does.
pub fn sealed(bytes: &[u8]) -> bool {
    bytes.len() > 4 && {
        let (content, sum) = bytes.split_at(bytes.len() - 4);
        crc32(content).to_be_bytes() == sum
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_standard_check_value() {
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(super::crc32(b""), 0);
    }
}
