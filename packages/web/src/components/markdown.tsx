import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Documentation as markdown, rendered safely: raw HTML in the source is dropped (`skipHtml`, no rehype-raw), and
 * react-markdown's default URL filter removes `javascript:` and other unsafe links. Links open in a new tab.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <Typography className="markdown-body" data-testid="markdown">
      <ReactMarkdown
        skipHtml
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ node: _node, ...props }) => (
            <a {...props} target="_blank" rel="noopener noreferrer nofollow" />
          ),
        }}
      >
        {source}
      </ReactMarkdown>
    </Typography>
  );
}
