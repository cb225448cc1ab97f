import CFuzzerDriver
import Foundation

// actorgraph-fuzz TARGET [libFuzzer flags] [corpus directories or input files]
//
// Built with `-sanitize=fuzzer,address` (Scripts/fuzz.sh), this is a libFuzzer program for
// one reader; built plainly, it reads each file named and feeds it to the reader once, so
// that a crash reproducer can be replayed anywhere.

guard CommandLine.arguments.count >= 2, let target = FuzzTarget(rawValue: CommandLine.arguments[1]) else {
    let targets = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data(
        "usage: actorgraph-fuzz TARGET [libFuzzer flags] [corpus directories or files]\nTARGET: \(targets)\n".utf8))
    exit(2)
}
FuzzTarget.selected = target

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

// libFuzzer reads its flags from argv: it gets every argument but the target's name.
var driverArguments = [CommandLine.unsafeArgv[0]] + (2..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0] } + [nil]
var driverArgumentCount = Int32(driverArguments.count - 1)
let status = driverArguments.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&driverArgumentCount, &argv) { testOneInput($0, $1) }
}
exit(status)
