/// The character encoding an intake CSV was saved in, as detected.
public enum IntakeEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 with a byte-order mark: Excel's "CSV UTF-8 (逗号分隔)".
    case utf8WithBOM = "UTF-8 with BOM"
    /// GB18030 (a superset of GBK and GB2312): Excel's plain "CSV (逗号分隔)" in a Chinese locale.
    case gb18030 = "GB18030"

    /// Why bytes could not be read as text.
    enum Failure: Error, Equatable {
        /// Not valid in any accepted encoding from `offset` on.
        case invalid(offset: Int, encoding: String)
        /// A UTF-16 byte-order mark.
        case utf16
        /// A ZIP container: an .xlsx workbook given instead of a CSV.
        case workbook
        /// GB18030 is not available from the C library.
        case noGB18030
    }

    /// Detects the encoding of `bytes` and decodes them: a UTF-8 byte-order mark means UTF-8;
    /// valid UTF-8 is UTF-8; anything else is decoded as GB18030. The text comes back without
    /// the byte-order mark.
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: IntakeEncoding), Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .failure(.workbook) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let offset = firstInvalidUTF8(body) { return .failure(.invalid(offset: offset + 3, encoding: IntakeEncoding.utf8WithBOM.rawValue)) }
            return .success((String(decoding: body, as: UTF8.self), .utf8WithBOM))
        }
        guard let utf8Failure = firstInvalidUTF8(bytes) else {
            return .success((String(decoding: bytes, as: UTF8.self), .utf8))
        }
        switch Transcoder.convert(bytes, from: "GB18030", to: "UTF-8") {
        case .success(let converted):
            return .success((String(decoding: converted, as: UTF8.self), .gb18030))
        case .failure(.unsupported):
            return .failure(.noGB18030)
        case .failure(.invalid(let gbFailure)):
            // Valid UTF-8 text before the first bad byte means a UTF-8 file with damage there;
            // otherwise the file is GB18030 with damage where that decoding stopped.
            let looksUTF8 = bytes.prefix(utf8Failure).contains { $0 >= 0x80 }
            return looksUTF8 ? .failure(.invalid(offset: utf8Failure, encoding: IntakeEncoding.utf8.rawValue))
                             : .failure(.invalid(offset: gbFailure, encoding: IntakeEncoding.gb18030.rawValue))
        }
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            for k in 1..<length {
                let byte = bytes[index + k]
                let range: ClosedRange<UInt8> = k == 1 ? low...high : 0x80...0xBF
                if !range.contains(byte) { return index }
            }
            index += length
        }
        return nil
    }
}
