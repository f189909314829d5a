// A cart form posted without JavaScript: see ../form-post.ts.
export { postCartForm as POST } from '../form-post';
