import GenLabelCLI
import Glibc

/// glibc's `mallopt` (<malloc.h>, which the Glibc module does not export).
@_silgen_name("mallopt")
func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

// Large blocks from the heap rather than one mmap each: a growing array then reuses freed memory instead of
// faulting in fresh pages at every doubling (page faults were 18 % of `genlabel alerts` at ×10,
// docs/performance.md). Freed memory is kept (no trimming) for the same reason; a command is short-lived,
// and the TUI's memory is its lists. -3: M_MMAP_THRESHOLD, -1: M_TRIM_THRESHOLD.
_ = mallopt(-3, 64 << 20)
_ = mallopt(-1, 256 << 20)

exit(GenLabelCommand.main(Array(CommandLine.arguments.dropFirst())))
