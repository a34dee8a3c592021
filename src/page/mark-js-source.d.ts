// mark.js ships no types for its ES-module source: its `vanilla.js` is the same constructor as the bundle's (see mark-js.ts).
declare module 'mark.js/src/vanilla.js' {
  import Mark from 'mark.js';
  export default Mark;
}
