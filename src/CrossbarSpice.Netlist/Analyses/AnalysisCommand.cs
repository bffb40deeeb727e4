namespace CrossbarSpice.Netlist.Analyses;

/// <summary>An analysis request (<c>.op</c>, <c>.dc</c>, <c>.tran</c>); only allowed at the top level of a deck.</summary>
public abstract record AnalysisCommand : NetlistItem;
