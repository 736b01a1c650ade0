import GenLabelCore

/// The help screen's content, generated from `KeyBindings.all` (the same data as the footer), shown
/// and scrolled like a detail view.
enum HelpView {
    private static let sections: [(BindingContext, TextKey)] = [
        (.everywhere, .helpSectionEverywhere), (.moving, .helpSectionMoving), (.list, .helpSectionList),
        (.detail, .helpSectionDetail),
    ]

    static let content: DetailContent = {
        var lines: [DetailLine] = []
        for (context, title) in sections {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.section(T(title)))
            for binding in KeyBindings.all where binding.context == context {
                lines.append(.field(binding.keysText, T(binding.description)))
            }
        }
        lines += [.blank, .text(T(.helpFilterLegend), emphasis: .dim), .text(T(.helpFormLegend), emphasis: .dim),
                  .text(T(.helpLegend), emphasis: .dim)]
        return DetailContent(title: T(.helpTitle), lines: lines)
    }()
}
