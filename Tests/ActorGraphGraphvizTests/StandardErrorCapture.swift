import Foundation

/// Collects what a block writes to file descriptor 2.
enum StandardErrorCapture {
    static func capture(_ body: () throws -> Void) throws -> String {
        let pipe = Pipe()
        let saved = dup(2)
        fflush(nil)
        dup2(pipe.fileHandleForWriting.fileDescriptor, 2)
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
        }
        try body()
        fflush(nil)
        dup2(saved, 2)
        try pipe.fileHandleForWriting.close()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
