// mark.js ships no types for its ES-module source; its shape is the bundle's (see mark-js.ts).
declare module 'mark.js/src/vanilla.js' {
  const Mark: unknown;
  export default Mark;
}
