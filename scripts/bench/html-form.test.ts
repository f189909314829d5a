import { describe, expect, it } from 'vitest';

import { decodeEntities, formsIn, multipartBody, withField } from './html-form';

// The cart's update form as React renders it without JavaScript (taken from /en/cart, shortened).
const cartRow =
  '<form noValidate="" class="flex" action="" encType="multipart/form-data" method="POST">' +
  '<input type="hidden" name="$ACTION_REF_7"/>' +
  '<input type="hidden" name="$ACTION_7:0" value="{&quot;id&quot;:&quot;608c68&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
  '<input type="hidden" name="$ACTION_7:1" value="[{&quot;status&quot;:&quot;idle&quot;}]"/>' +
  '<input type="hidden" name="$ACTION_KEY" value="kee6d1"/>' +
  '<input type="hidden" name="productId" value="1"/>' +
  '<div><label for="q">Quantity</label><input id="q" type="number" min="0" required="" name="quantity" value="1"/></div>' +
  '<button type="submit" aria-label="Update">Update</button></form>' +
  '<form action="/en/search"><input name="q" value=\'tea &amp; cups\'>' +
  '<input type="checkbox" name="off"><input type="checkbox" name="on" checked>' +
  '<input type="submit" name="go" value="Go"><input name="gone" disabled value="x"></form>';

describe('formsIn', () => {
  it('reads a server action form with the fields a browser without JavaScript posts', () => {
    const [form] = formsIn(`<main>${cartRow}</main>`);
    expect(form).toEqual({
      action: '',
      method: 'post',
      enctype: 'multipart/form-data',
      fields: [
        ['$ACTION_REF_7', ''],
        ['$ACTION_7:0', '{"id":"608c68","bound":"$@1"}'],
        ['$ACTION_7:1', '[{"status":"idle"}]'],
        ['$ACTION_KEY', 'kee6d1'],
        ['productId', '1'],
        ['quantity', '1'],
      ],
    });
  });

  it('leaves out unchecked boxes, buttons and disabled fields, and defaults the method to get', () => {
    const [, search] = formsIn(cartRow);
    expect(search).toMatchObject({ action: '/en/search', method: 'get' });
    expect(search?.fields).toEqual([
      ['q', 'tea & cups'],
      ['on', 'on'],
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes what React escapes, and numeric references', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &quot;b&quot; &#x27;c&#39; &#1090;&#x435;')).toBe(
      '<a> & "b" \'c\' те',
    );
    expect(decodeEntities('&unknown; &#xFFFFFFF;')).toBe('&unknown; &#xFFFFFFF;');
  });
});

describe('multipartBody', () => {
  it('encodes text fields as a browser does', () => {
    const fields = withField(
      [
        ['productId', '1'],
        ['quantity', '1'],
      ],
      'quantity',
      '2',
    );
    const { body, contentType } = multipartBody(fields, 'XyZ');
    expect(contentType).toBe('multipart/form-data; boundary=XyZ');
    expect(body.toString()).toBe(
      '--XyZ\r\nContent-Disposition: form-data; name="productId"\r\n\r\n1\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="quantity"\r\n\r\n2\r\n--XyZ--\r\n',
    );
  });
});
