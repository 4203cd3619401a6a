/// What recognises the same contents: FNV-1a (64 bits) of the bytes, and their length. Enough to
/// tell an intake file imported before, a workflow file changed since a plan was published, or a
/// closed month's report.
public enum ContentDigest {
    /// The digest of `bytes`, as `<hex>-<length>`.
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
            count += 1
        }
        return String(hash, radix: 16) + "-" + String(count)
    }
}
