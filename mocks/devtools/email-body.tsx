const URL_PATTERN = /(https?:\/\/\S+)/;

/**
 * An e-mail's text with its links clickable, as a mail client shows them: designers and QA follow
 * a « Mot de passe oublié » link from here, as a merchant would from their inbox.
 */
export function EmailBody({ text }: { text: string }) {
  return (
    <pre className="devtools__email-body">
      {text.split(URL_PATTERN).map((part, index) =>
        // `split` with a capturing group puts each link at an odd index.
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
