// Types for @mapbox/mapbox-gl-rtl-text 0.4 (ICU's Arabic shaping and bidi in WebAssembly), which
// ships none. Its default export is a promise of the two functions, ready once ICU has loaded.
declare module '@mapbox/mapbox-gl-rtl-text' {
  interface RtlText {
    /** Arabic letters replaced by their contextual presentation forms; still in logical order. */
    applyArabicShaping(input: string): string;
    /** The Unicode bidi algorithm: the text's lines in visual order, bidi controls removed. */
    processBidirectionalText(input: string, lineBreakPoints: number[]): string[];
    /** The same, carrying a style index per character into visual order. */
    processStyledBidirectionalText(input: string, styleIndices: number[], lineBreakPoints: number[]): [string, number[]][];
  }
  const ready: Promise<RtlText>;
  export default ready;
}
