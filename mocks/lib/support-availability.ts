import type { ChannelAvailability, SupportAvailability } from '@/features/contact/api/contract';
import { now } from '../clock';
import { activeScenarios } from '../scenarios/active';
import type { ScenarioName } from '../scenarios/registry';
import { toParisIso } from './paris-time';
import {
  CHAT_CHANNEL,
  TELEPHONE_CHANNEL,
  channelStatus,
  type ChannelStatus,
  type SupportChannel,
} from './support-hours';

function scenarioActive(name: ScenarioName): boolean {
  return activeScenarios().some((scenario) => scenario.name === name);
}

/** The chat's status; `chat-ferme` answers as it would at today's closing time. */
export function chatStatus(at: Date = new Date(now())): ChannelStatus {
  const status = channelStatus(CHAT_CHANNEL, at);
  if (scenarioActive('chat-ferme') && status.closesAt) {
    return channelStatus(CHAT_CHANNEL, new Date(status.closesAt));
  }
  return status;
}

/** `chat-indisponible`: the chat server cannot be reached at all. */
export function chatUnreachable(): boolean {
  return scenarioActive('chat-indisponible');
}

function availability(channel: SupportChannel, status: ChannelStatus): ChannelAvailability {
  return {
    ouvert: status.open,
    fermeA: status.closesAt,
    prochaineOuverture: status.nextOpening,
    horaires: { jours: [...channel.days], ouverture: channel.opens, fermeture: channel.closes },
  };
}

export function supportAvailability(at: Date = new Date(now())): SupportAvailability {
  return {
    maintenant: toParisIso(at),
    canaux: {
      chat: availability(CHAT_CHANNEL, chatStatus(at)),
      telephone: availability(TELEPHONE_CHANNEL, channelStatus(TELEPHONE_CHANNEL, at)),
    },
  };
}
