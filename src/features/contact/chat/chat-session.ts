import {
  chatServerMessageSchema,
  type ChatClientMessage,
  type ChatConnectionParams,
  type ChatLanguage,
} from '../api/contract';

export type ChatConnection =
  /** Nothing started yet. */
  | 'idle'
  | 'connecting'
  | 'open'
  /** Lost or refused: another attempt is scheduled. */
  | 'retrying'
  /** The device is offline: the next attempt waits for the network. */
  | 'offline'
  /** The server refused: outside the chat's hours. */
  | 'closed-hours'
  | 'session-expired'
  | 'ended';

export interface ChatMessage {
  id: string;
  from: 'merchant' | 'adviser';
  /** The adviser's name; absent on the merchant's messages. */
  adviser?: string;
  text: string;
  /** The server's time; null while the merchant's message waits to be sent. */
  sentAt: string | null;
}

export interface ChatSnapshot {
  connection: ChatConnection;
  /** Whether a connection ever opened: « connexion perdue » rather than « indisponible ». */
  everConnected: boolean;
  /** Attempts that failed since the last open connection. */
  failedAttempts: number;
  messages: readonly ChatMessage[];
  adviserTyping: boolean;
  reopensAt: string | null;
  panelOpen: boolean;
  /** What the merchant is typing, kept when the panel closes or the page changes. */
  draft: string;
  /** The adviser's messages that arrived while the panel was closed. */
  unread: number;
}

export interface ChatSessionOptions {
  url: (params: ChatConnectionParams) => string;
  language: () => ChatLanguage;
  retryDelayMs?: (attempt: number) => number;
}

/** 1 s, 2 s, 4 s … up to 30 s: quick after a blip, gentle on a server that is down. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

/** Works outside secure contexts too, unlike crypto.randomUUID. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const initialSnapshot: ChatSnapshot = {
  connection: 'idle',
  everConnected: false,
  failedAttempts: 0,
  messages: [],
  adviserTyping: false,
  reopensAt: null,
  panelOpen: false,
  draft: '',
  unread: 0,
};

/**
 * One conversation with the support, over a WebSocket: reconnects with back-off when the
 * connection drops and sends the merchant's waiting messages once it is back. A plain store
 * (subscribe / getSnapshot) so it outlives the components that show it.
 */
export class ChatSession {
  readonly conversationId = newId();
  private snapshot: ChatSnapshot = initialSnapshot;
  private readonly listeners = new Set<() => void>();
  private socket: WebSocket | null = null;
  /** Waiting messages already handed to the current socket, not yet acknowledged. */
  private inFlight = new Set<string>();
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly options: ChatSessionOptions;

  constructor(options: ChatSessionOptions) {
    this.options = options;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ChatSnapshot => this.snapshot;

  /** Starts the conversation, or tries again after the hours refused it; no-op otherwise. */
  start(): void {
    const { connection } = this.snapshot;
    if (connection === 'idle' || connection === 'closed-hours') this.connect();
  }

  /** Queues the message and sends it as soon as a connection is open. Empty text is refused. */
  send(text: string): boolean {
    if (text.trim() === '' || this.snapshot.connection === 'ended') return false;
    const message: ChatMessage = { id: newId(), from: 'merchant', text, sentAt: null };
    this.update({ messages: [...this.snapshot.messages, message] });
    this.flush();
    return true;
  }

  setDraft(draft: string): void {
    this.update({ draft });
  }

  setPanelOpen(panelOpen: boolean): void {
    this.update(panelOpen ? { panelOpen, unread: 0 } : { panelOpen });
  }

  /** Logout: the connection closes and nothing of the conversation remains. */
  end(): void {
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.dropSocket();
    this.snapshot = { ...initialSnapshot, connection: 'ended' };
    this.emit();
    this.listeners.clear();
  }

  private update(patch: Partial<ChatSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.emit();
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }

  private connect(): void {
    clearTimeout(this.retryTimer);
    this.dropSocket();
    if (!navigator.onLine) {
      this.update({ connection: 'offline', adviserTyping: false });
      return;
    }
    this.update({ connection: 'connecting' });
    const socket = new WebSocket(
      this.options.url({ conversation: this.conversationId, langue: this.options.language() }),
    );
    this.socket = socket;
    this.inFlight = new Set();
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.update({ connection: 'open', everConnected: true, failedAttempts: 0 });
      this.flush();
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (this.socket === socket) this.receive(event.data);
    });
    socket.addEventListener('close', () => {
      if (this.socket === socket) this.lost();
    });
  }

  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close();
  }

  private lost(): void {
    this.socket = null;
    const { connection } = this.snapshot;
    // The server said why it closed: trying again would get the same answer.
    if (connection === 'closed-hours' || connection === 'session-expired') return;
    if (!navigator.onLine) {
      this.update({ connection: 'offline', adviserTyping: false });
      return;
    }
    const delay = (this.options.retryDelayMs ?? retryDelayMs)(this.attempt);
    this.attempt += 1;
    this.update({ connection: 'retrying', adviserTyping: false, failedAttempts: this.attempt });
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private flush(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    for (const message of this.snapshot.messages) {
      if (message.from !== 'merchant' || message.sentAt || this.inFlight.has(message.id)) continue;
      const outgoing: ChatClientMessage = {
        type: 'message',
        id: message.id,
        texte: message.text,
        langue: this.options.language(),
      };
      socket.send(JSON.stringify(outgoing));
      this.inFlight.add(message.id);
    }
  }

  private receive(data: unknown): void {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return;
    }
    const parsed = chatServerMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'recu':
        this.inFlight.delete(message.id);
        this.update({
          messages: this.snapshot.messages.map((item) =>
            item.id === message.id ? { ...item, sentAt: message.envoyeA } : item,
          ),
        });
        break;
      case 'ecrit':
        this.update({ adviserTyping: true });
        break;
      case 'message':
        if (this.snapshot.messages.some((item) => item.id === message.id)) break;
        this.update({
          adviserTyping: false,
          unread: this.snapshot.panelOpen ? 0 : this.snapshot.unread + 1,
          messages: [
            ...this.snapshot.messages,
            {
              id: message.id,
              from: 'adviser',
              adviser: message.conseiller,
              text: message.texte,
              sentAt: message.envoyeA,
            },
          ],
        });
        break;
      case 'ferme':
        this.update({
          connection: 'closed-hours',
          reopensAt: message.prochaineOuverture,
          adviserTyping: false,
        });
        break;
      case 'erreur':
        if (message.code === 'SESSION_EXPIREE') this.update({ connection: 'session-expired' });
        break;
    }
  }

  private onOnline = (): void => {
    if (this.snapshot.connection === 'offline') {
      this.attempt = 0;
      this.connect();
    }
  };

  // Browsers may keep a dead socket open for minutes; the device going offline is a surer sign.
  private onOffline = (): void => {
    const { connection } = this.snapshot;
    if (connection !== 'open' && connection !== 'connecting' && connection !== 'retrying') return;
    clearTimeout(this.retryTimer);
    this.dropSocket();
    this.update({ connection: 'offline', adviserTyping: false });
  };
}
