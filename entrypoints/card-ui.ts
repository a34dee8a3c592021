import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Popover } from '../src/page/popover/popover';
import { provideCardUi } from '../src/page/card-ui';

// The card code, imported by the content script on a frame's first card (src/page/card-ui.ts).
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    provideCardUi({ Popover });
  },
});
