"use client";

import { Bell, BellOff, Volume2, VolumeX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { plainPreview } from "@/components/chat/format";
import { useLiveSocket } from "@/components/chat/use-live-socket";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { on } from "@/lib/realtime/client";

const SOUND_KEY = "beacon.console.sound";
const noSubscribe = () => () => {};

/** A short two-tone chime made on the spot (no audio file to fetch). */
function chime(context: AudioContext) {
  const now = context.currentTime;
  [880, 1320].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + i * 0.12);
    gain.gain.exponentialRampToValueAtTime(0.15, now + i * 0.12 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.12 + 0.25);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + i * 0.12);
    oscillator.stop(now + i * 0.12 + 0.3);
  });
}

/**
 * While the console tab is hidden, a customer message in one of the agent's chats or a new chat waiting for their team
 * raises a browser notification, a chime and an unread count in the tab title, cleared when the agent comes back.
 */
export function ChatAlerts({ me, teamIds }: { me: string; teamIds: string[] }) {
  const t = useTranslations("consoleChat.alerts");
  const { socket } = useLiveSocket(true);
  const [unread, setUnread] = useState(0);
  const permission = useSyncExternalStore(
    noSubscribe,
    () => ("Notification" in window ? Notification.permission : "denied"),
    () => "denied",
  );
  const [granted, setGranted] = useState<NotificationPermission | null>(null);
  const storedSound = useSyncExternalStore(
    noSubscribe,
    () => localStorage.getItem(SOUND_KEY) !== "off",
    () => true,
  );
  const [soundChoice, setSoundChoice] = useState<boolean | null>(null);
  const sound = soundChoice ?? storedSound;
  const audio = useRef<AudioContext | null>(null);
  const baseTitle = useRef<string | null>(null);

  useEffect(() => {
    // Browsers allow sound only after a user gesture: prepare the audio context on the first one.
    const unlock = () => {
      audio.current ??= new AudioContext();
      void audio.current.resume();
    };
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
    const clear = () => document.visibilityState === "visible" && setUnread(0);
    document.addEventListener("visibilitychange", clear);
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
      document.removeEventListener("visibilitychange", clear);
    };
  }, []);

  useEffect(() => {
    baseTitle.current ??= document.title.replace(/^\(\d+\) /, "");
    document.title = unread ? `(${unread}) ${baseTitle.current}` : baseTitle.current;
  }, [unread]);

  useEffect(() => {
    if (!socket) return;
    const alert = (title: string, body: string, link: string) => {
      if (document.visibilityState === "visible") return;
      setUnread((n) => n + 1);
      if (sound && audio.current) chime(audio.current);
      if ("Notification" in window && Notification.permission === "granted") {
        const notification = new Notification(title, { body, tag: link });
        notification.onclick = () => {
          window.focus();
          window.location.assign(link);
        };
      }
    };
    const onMessage = ({ message }: { message: MessageDto }) => {
      if (message.authorKind === "CUSTOMER")
        alert(
          t("newMessage", { name: message.authorName ?? "" }),
          plainPreview(message.body) || "📎",
          `/console/chats/${message.conversationId}`,
        );
    };
    const onConversation = ({ conversation }: { conversation: ConversationDto }) => {
      const forMe = !conversation.teamId || teamIds.includes(conversation.teamId);
      const fresh =
        conversation.status === "QUEUED" &&
        conversation.queuedAt !== null &&
        Date.now() - new Date(conversation.queuedAt).getTime() < 5000;
      if (fresh && forMe)
        alert(t("newChat", { name: conversation.customerName }), t("newChatBody"), `/console/chats/${conversation.id}`);
      if (
        conversation.status === "ACTIVE" &&
        conversation.assigneeId === me &&
        conversation.assignedAt &&
        Date.now() - new Date(conversation.assignedAt).getTime() < 5000
      ) {
        alert(
          t("assigned", { name: conversation.customerName }),
          t("assignedBody"),
          `/console/chats/${conversation.id}`,
        );
      }
    };
    const offs = [on(socket, "message.created", onMessage), on(socket, "conversation.updated", onConversation)];
    return () => offs.forEach((off) => off());
  }, [socket, sound, me, teamIds, t]);

  const currentPermission = granted ?? permission;
  return (
    <div className="flex items-center gap-1 text-xs text-slate-300">
      {currentPermission === "default" ? (
        <button
          type="button"
          onClick={() => void Notification.requestPermission().then(setGranted)}
          className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 hover:bg-slate-800 hover:text-white"
        >
          <BellOff aria-hidden className="size-3.5" />
          {t("enable")}
        </button>
      ) : (
        <span className="inline-flex items-center gap-1 px-1.5 py-1">
          {currentPermission === "granted" ? (
            <Bell aria-hidden className="size-3.5" />
          ) : (
            <BellOff aria-hidden className="size-3.5" />
          )}
          {currentPermission === "granted" ? t("on") : t("blocked")}
        </span>
      )}
      <button
        type="button"
        onClick={() => {
          localStorage.setItem(SOUND_KEY, sound ? "off" : "on");
          setSoundChoice(!sound);
        }}
        aria-pressed={sound}
        aria-label={t("sound")}
        title={t("sound")}
        className="ml-auto rounded-md p-1 hover:bg-slate-800 hover:text-white"
      >
        {sound ? <Volume2 aria-hidden className="size-3.5" /> : <VolumeX aria-hidden className="size-3.5" />}
      </button>
    </div>
  );
}
