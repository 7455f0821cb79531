export {tokenize} from '@alcalzone/ansi-tokenize';
