import GenLabelCLI
import Glibc

exit(GenLabelCommand.main(Array(CommandLine.arguments.dropFirst())))
