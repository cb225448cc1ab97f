import CGraphviz
import Glibc

/// A memory discipline for cgraph under which the objects of one graph lie in memory in the
/// order they were made, so that a layout is the same bytes on every run.
///
/// Graphviz 2.42 orders things by address in two places a clustered layout goes through:
/// cgraph's default ID discipline uses a name's interned string address as a subgraph's ID
/// and keeps subgraphs sorted by ID (so clusters are laid out and drawn in address order),
/// and `fdp` orients every edge of the graph it derives from the clusters by comparing node
/// addresses (`lib/fdpgen/layout.c`, `deriveGraph`: `if (hd > tl)`). With `malloc` those
/// addresses depend on everything the process allocated before, including Pango's font
/// thread, so the same DOT text gave a different drawing on each run. Under this discipline
/// each graph (the one read and the ones a layout derives) allocates from its own reserved
/// address range, bottom up, and reuses its freed blocks only by exact size: the addresses then
/// depend on nothing but the sequence of requests, which the DOT text fixes.
///
/// Install it only with ``GraphvizGate`` held, and only for a call that closes every graph it
/// opens (``withCreationOrder(_:)``). A pointer from outside every range (cgraph allocates some
/// dictionary memory with `malloc` directly) is given back to `free`. No range is ever used
/// twice: Graphviz caches some things by a graph's address (circo keeps the attributes of "the
/// root graph it saw last"), which a new graph at an old graph's address would fool. A closed
/// graph's range gives its memory back to the system but stays mapped, reading as zeros, so
/// that a late read of it does not fault.
enum CreationOrderMemory {
    /// Address space reserved per graph (committed only as used); past it, or when no more
    /// can be reserved, `calloc` serves.
    private static let reservedBytes = 1 << 30
    /// How much more is committed at a time.
    private static let commitStep = 1 << 20
    /// Block sizes are multiples of this, and each block starts with its size in one of them.
    private static let granule = 16
    /// Freed blocks up to this size are kept for reuse, one list per size.
    private static let largestReused = 4096

    /// One graph's range: `[base, base + reservedBytes)`, used up to `next`.
    private final class Arena {
        let base: UnsafeMutableRawPointer
        var next = 0
        var committed = 0
        /// Head of the freed-block list of each size (index: size / granule).
        var freed = [UnsafeMutableRawPointer?](repeating: nil, count: largestReused / granule + 1)

        init(base: UnsafeMutableRawPointer) { self.base = base }

        func holds(_ pointer: UnsafeMutableRawPointer) -> Bool {
            pointer >= base && pointer < base + reservedBytes
        }
    }

    /// The arenas of the graphs open now. Only touched with the gate held.
    nonisolated(unsafe) private static var openArenas: [Arena] = []
    /// Where the ranges of closed graphs start, in increasing order. Only touched with the gate held.
    nonisolated(unsafe) private static var closedBases: [UInt] = []

    /// Runs `body` with every graph cgraph opens allocating in creation order, then puts
    /// cgraph's own discipline back. Every graph opened inside must be closed inside.
    static func withCreationOrder<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        let installed = cgraph_default_memory_discipline()!
        let previous = installed.pointee
        installed.pointee = discipline
        defer { installed.pointee = previous }
        return try body()
    }

    /// Whether `dot` can be read under this discipline. cgraph keeps names starting with `%`
    /// in an internal map whose dictionary it closes with `free`, which must not be given an
    /// arena block; text that may name an object so (a quoted or HTML string starting with
    /// `%` that is not an attribute's value) is laid out with `malloc` as before.
    static func canRead(_ dot: String) -> Bool {
        let text = dot.utf8
        var index = text.startIndex
        while let quote = text[index...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") }) {
            let next = text.index(after: quote)
            index = next
            guard next < text.endIndex, text[next] == UInt8(ascii: "%") else { continue }
            let before = text[..<quote].lastIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            if before.map({ text[$0] != UInt8(ascii: "=") }) ?? true { return false }
        }
        return true
    }

    private static let discipline = Agmemdisc_t(
        open: { _ in CreationOrderMemory.open() },
        alloc: { state, size in CreationOrderMemory.allocate(size, in: state) },
        resize: { state, block, oldSize, size in CreationOrderMemory.resize(block, from: oldSize, to: size, in: state) },
        free: { _, block in CreationOrderMemory.release(block) },
        close: { state in CreationOrderMemory.close(state) })

    /// A graph's state: a fresh arena, or nil when no range could be reserved (then `calloc` serves).
    private static func open() -> UnsafeMutableRawPointer? {
        guard let base = mmap(nil, reservedBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              base != MAP_FAILED else { return nil }
        let arena = Arena(base: base)
        openArenas.append(arena)
        return Unmanaged.passUnretained(arena).toOpaque()
    }

    private static func arena(_ state: UnsafeMutableRawPointer?) -> Arena? {
        state.map { Unmanaged<Arena>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func close(_ state: UnsafeMutableRawPointer?) {
        guard let arena = arena(state) else { return }
        openArenas.removeAll { $0 === arena }
        madvise(arena.base, arena.committed, MADV_DONTNEED)
        let base = UInt(bitPattern: arena.base)
        closedBases.insert(base, at: closedRanges(startingAtOrBelow: base))
    }

    /// How many closed ranges start at or below `address` (a binary search of `closedBases`).
    private static func closedRanges(startingAtOrBelow address: UInt) -> Int {
        var low = 0
        var high = closedBases.count
        while low < high {
            let middle = (low + high) / 2
            if closedBases[middle] <= address { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether `pointer` lies in the range of a closed graph.
    private static func isClosed(_ pointer: UnsafeMutableRawPointer) -> Bool {
        let address = UInt(bitPattern: pointer)
        let after = closedRanges(startingAtOrBelow: address)
        return after > 0 && address - closedBases[after - 1] < UInt(reservedBytes)
    }

    private static func allocate(_ size: Int, in state: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        let blockSize = (size + granule - 1) / granule * granule + granule
        guard let arena = arena(state) else { return calloc(1, max(size, 1)) }
        let block: UnsafeMutableRawPointer
        if blockSize <= largestReused, let reused = arena.freed[blockSize / granule] {
            arena.freed[blockSize / granule] = reused.load(as: UnsafeMutableRawPointer?.self)
            block = reused
        } else {
            if arena.next + blockSize > arena.committed {
                let wanted = (arena.next + blockSize - arena.committed + commitStep - 1) / commitStep * commitStep
                guard arena.committed + wanted <= reservedBytes,
                      mprotect(arena.base + arena.committed, wanted, PROT_READ | PROT_WRITE) == 0 else {
                    return calloc(1, max(size, 1))
                }
                arena.committed += wanted
            }
            block = arena.base + arena.next
            arena.next += blockSize
        }
        memset(block, 0, blockSize) // cgraph expects zeroed memory; a reused block is not
        block.storeBytes(of: blockSize, as: Int.self)
        return block + granule
    }

    /// Gives `pointer` back: to its arena's list of freed blocks, to nothing when its graph is
    /// closed, or to `free` when it lies in no arena.
    private static func release(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return }
        guard let arena = openArenas.first(where: { $0.holds(pointer) }) else {
            if !isClosed(pointer) { free(pointer) }
            return
        }
        let block = pointer - granule
        let blockSize = block.load(as: Int.self)
        guard blockSize <= largestReused else { return }
        block.storeBytes(of: arena.freed[blockSize / granule], as: UnsafeMutableRawPointer?.self)
        arena.freed[blockSize / granule] = block
    }

    private static func resize(_ pointer: UnsafeMutableRawPointer?, from oldSize: Int, to size: Int,
                               in state: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size, in: state) }
        if openArenas.contains(where: { $0.holds(pointer) }), size <= (pointer - granule).load(as: Int.self) - granule {
            if size > oldSize { memset(pointer + oldSize, 0, size - oldSize) }
            return pointer
        }
        guard let moved = allocate(size, in: state) else { return nil }
        memcpy(moved, pointer, min(oldSize, size))
        release(pointer)
        return moved
    }
}
