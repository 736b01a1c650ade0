// The benchmark command (issue 7) is being written.
print("genlabel-bench")
