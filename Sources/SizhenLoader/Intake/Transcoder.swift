#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes between character encodings with the C library's iconv: the one place that
/// uses it. Foundation on Linux has no GB18030 `String.Encoding`, and GB18030 (a superset of
/// GBK) is what Excel in a Chinese locale saves a plain "CSV" as.
enum Transcoder {
    /// Why a conversion stopped.
    enum Failure: Error, Equatable {
        /// iconv does not know one of the encodings.
        case unsupported
        /// The bytes from `offset` (0-based) are not valid in the source encoding, or end in
        /// the middle of a character.
        case invalid(offset: Int)
    }

    /// Converts `bytes` from the encoding `source` to `target` (iconv names: "GB18030", "UTF-8").
    static func convert(_ bytes: [UInt8], from source: String, to target: String) -> Result<[UInt8], Failure> {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return .failure(.unsupported) }
        defer { iconv_close(descriptor) }
        if bytes.isEmpty { return .success([]) }
        var input = bytes
        // Two bytes of GB18030 become at most three of UTF-8, four stay four; grown on E2BIG anyway.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var produced = 0
        var consumed = 0
        while consumed < input.count {
            let step: (status: Int, error: Int32, read: Int, written: Int) = input.withUnsafeMutableBytes { inRaw in
                output.withUnsafeMutableBytes { outRaw in
                    var inPointer: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.advanced(by: consumed).assumingMemoryBound(to: CChar.self)
                    var inLeft = inRaw.count - consumed
                    var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.advanced(by: produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count - produced
                    let before = (inLeft, outLeft)
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let error = status == -1 ? errno : 0
                    return (status, error, before.0 - inLeft, before.1 - outLeft)
                }
            }
            consumed += step.read
            produced += step.written
            if step.status != -1 { continue }
            if step.error == E2BIG {
                output += [UInt8](repeating: 0, count: output.count)
            } else {
                return .failure(.invalid(offset: consumed))
            }
        }
        return .success(Array(output.prefix(produced)))
    }
}
